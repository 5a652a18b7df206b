import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  require_undici
} from "../chunks/chunk-IUNPEWV7.js";
import {
  __toESM
} from "../chunks/chunk-BE7JI7H6.js";

// vendor:undici
var import_undici = __toESM(require_undici());
var export0 = import_undici.default["Dispatcher"];
var export1 = import_undici.default["Client"];
var export2 = import_undici.default["Pool"];
var export3 = import_undici.default["BalancedPool"];
var export4 = import_undici.default["RoundRobinPool"];
var export5 = import_undici.default["Agent"];
var export6 = import_undici.default["Dispatcher1Wrapper"];
var export7 = import_undici.default["ProxyAgent"];
var export8 = import_undici.default["Socks5ProxyAgent"];
var export9 = import_undici.default["EnvHttpProxyAgent"];
var export10 = import_undici.default["RetryAgent"];
var export11 = import_undici.default["H2CClient"];
var export12 = import_undici.default["RetryHandler"];
var export13 = import_undici.default["DecoratorHandler"];
var export14 = import_undici.default["RedirectHandler"];
var export15 = import_undici.default["interceptors"];
var export16 = import_undici.default["cacheStores"];
var export17 = import_undici.default["buildConnector"];
var export18 = import_undici.default["errors"];
var export19 = import_undici.default["util"];
var export20 = import_undici.default["setGlobalDispatcher"];
var export21 = import_undici.default["getGlobalDispatcher"];
var export22 = import_undici.default["fetch"];
var export23 = import_undici.default["Headers"];
var export24 = import_undici.default["Response"];
var export25 = import_undici.default["Request"];
var export26 = import_undici.default["FormData"];
var export27 = import_undici.default["setGlobalOrigin"];
var export28 = import_undici.default["getGlobalOrigin"];
var export29 = import_undici.default["caches"];
var export30 = import_undici.default["deleteCookie"];
var export31 = import_undici.default["getCookies"];
var export32 = import_undici.default["getSetCookies"];
var export33 = import_undici.default["setCookie"];
var export34 = import_undici.default["parseCookie"];
var export35 = import_undici.default["parseMIMEType"];
var export36 = import_undici.default["serializeAMimeType"];
var export37 = import_undici.default["WebSocket"];
var export38 = import_undici.default["CloseEvent"];
var export39 = import_undici.default["ErrorEvent"];
var export40 = import_undici.default["MessageEvent"];
var export41 = import_undici.default["ping"];
var export42 = import_undici.default["WebSocketStream"];
var export43 = import_undici.default["WebSocketError"];
var export44 = import_undici.default["request"];
var export45 = import_undici.default["stream"];
var export46 = import_undici.default["pipeline"];
var export47 = import_undici.default["connect"];
var export48 = import_undici.default["upgrade"];
var export49 = import_undici.default["MockClient"];
var export50 = import_undici.default["MockCallHistory"];
var export51 = import_undici.default["MockCallHistoryLog"];
var export52 = import_undici.default["MockPool"];
var export53 = import_undici.default["MockAgent"];
var export54 = import_undici.default["SnapshotAgent"];
var export55 = import_undici.default["mockErrors"];
var export56 = import_undici.default["EventSource"];
var export57 = import_undici.default["install"];
var undici_default = import_undici.default;
export {
  export5 as Agent,
  export3 as BalancedPool,
  export1 as Client,
  export38 as CloseEvent,
  export13 as DecoratorHandler,
  export0 as Dispatcher,
  export6 as Dispatcher1Wrapper,
  export9 as EnvHttpProxyAgent,
  export39 as ErrorEvent,
  export56 as EventSource,
  export26 as FormData,
  export11 as H2CClient,
  export23 as Headers,
  export40 as MessageEvent,
  export53 as MockAgent,
  export50 as MockCallHistory,
  export51 as MockCallHistoryLog,
  export49 as MockClient,
  export52 as MockPool,
  export2 as Pool,
  export7 as ProxyAgent,
  export14 as RedirectHandler,
  export25 as Request,
  export24 as Response,
  export10 as RetryAgent,
  export12 as RetryHandler,
  export4 as RoundRobinPool,
  export54 as SnapshotAgent,
  export8 as Socks5ProxyAgent,
  export37 as WebSocket,
  export43 as WebSocketError,
  export42 as WebSocketStream,
  export17 as buildConnector,
  export16 as cacheStores,
  export29 as caches,
  export47 as connect,
  undici_default as default,
  export30 as deleteCookie,
  export18 as errors,
  export22 as fetch,
  export31 as getCookies,
  export21 as getGlobalDispatcher,
  export28 as getGlobalOrigin,
  export32 as getSetCookies,
  export57 as install,
  export15 as interceptors,
  export55 as mockErrors,
  export34 as parseCookie,
  export35 as parseMIMEType,
  export41 as ping,
  export46 as pipeline,
  export44 as request,
  export36 as serializeAMimeType,
  export33 as setCookie,
  export20 as setGlobalDispatcher,
  export27 as setGlobalOrigin,
  export45 as stream,
  export48 as upgrade,
  export19 as util
};
