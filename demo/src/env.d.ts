/** Set by scripts/start.mjs (Vite `define`): the moderator token, for the demo's moderator queue only. */
declare const __YOUTHCHAT_DEMO_MODERATOR_TOKEN__: string | undefined;
/** Set by scripts/start.mjs: whether the pretend verification vendor runs at /demo-vendor (demo only). */
declare const __YOUTHCHAT_DEMO_VENDOR__: boolean | undefined;
