/**
 * Script-injection payloads. Each one, if it ever ran, would set
 * `window.__xss`. They arrive as model output (split across stream deltas, so
 * a payload can straddle two tokens) and as the person's own text.
 */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3"></svg>',
  '<iframe srcdoc="<script>parent.__xss=4</script>"></iframe>',
  '<a href="javascript:window.__xss=5">click</a>',
  '[click me](javascript:window.__xss=6)',
  '[click me](JAVASCRIPT:window.__xss=7)',
  '[click me](java&#115;cript:window.__xss=8)',
  '[click me](  javascript:window.__xss=9  )',
  '[click me](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTA8L3NjcmlwdD4=)',
  '[click me](vbscript:window.__xss=11)',
  '<javascript:window.__xss=12>',
  '![x](javascript:window.__xss=13)',
  '![x" onerror="window.__xss=14](https://example.org/x.png)',
  '<details open ontoggle="window.__xss=15">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=16">',
  '<body onload="window.__xss=17">',
  '<input type="image" src=x onerror="window.__xss=18">',
  '<object data="javascript:window.__xss=19"></object>',
  '<style>@import "javascript:window.__xss=20";</style>',
  '"><img src=x onerror=window.__xss=21>',
  '`<img src=x onerror=window.__xss=22>`',
  '```html\n<script>window.__xss=23</script>\n```',
  '[a](https://example.org" onmouseover="window.__xss=24)',
  '<a href="https://example.org" onclick="window.__xss=25">x</a>',
];

/** Model output: every payload, cut into small pieces so some cross delta boundaries. */
export const MODEL_OUTPUT_XSS: string[] = PAYLOADS.join('\n\n')
  .match(/[\s\S]{1,7}/g)!
  .map((piece) => piece);

/** The person's text: the payloads in a few messages (each within the band's length limit). */
export const USER_TEXT_XSS: string[] = [
  PAYLOADS.slice(0, 9).join('\n'),
  PAYLOADS.slice(9, 17).join('\n'),
  PAYLOADS.slice(17).join('\n'),
];
