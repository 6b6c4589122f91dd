export {
  type FetchHandler,
  type ListenerOptions,
  type RunningServer,
  type ServeOptions,
  serve,
  toNodeListener,
  toRequest,
  writeResponse,
} from './adapter.js';
export { type App, type AppOptions, createAppFromConfig } from './app.js';
export { ConfigError, loadServerConfig, type ServerConfig } from './config.js';
export { COUNTS_USAGE, parseCountsArgs, runCountsCommand } from './counts-command.js';
export { createEnginePool, type EnginePool, type EnginePoolOptions } from './engine-pool.js';
export { compileTrustProxy, parseTrustProxy, type TrustFunction, type TrustProxy, TrustProxyError } from './proxy.js';
export { type StaticFilesOptions, staticFiles, withStaticFiles } from './static.js';
