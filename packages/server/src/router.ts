export const routerPlaceholder = true;
