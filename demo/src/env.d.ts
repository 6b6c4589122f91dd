/** Set by scripts/start.mjs (Vite `define`): the moderator token, for the demo's moderator queue only. */
declare const __YOUTHCHAT_DEMO_MODERATOR_TOKEN__: string | undefined;
