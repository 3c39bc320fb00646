/**
 * The colours of the public pages residents open from a QR code (/s/, /v/), chosen for older eyes
 * in a bright room: every text and main button at least 7:1 against what it sits on (WCAG AAA;
 * issue 16 measured 5.1:1 and 5.7:1 on the old pages). public-page-style.test.ts checks each pair.
 */
export const palette = {
  ink: '#111111',
  paper: '#ffffff',
  /** Secondary text (organizers, time, small print). */
  muted: '#3d3d3d',
  /** The main button and the success panel: the app's darkest green. */
  green: '#17461a',
  greenTint: '#eef5ea',
  /** The button before the consent is ticked: grey, still readable. */
  waiting: '#555555',
  danger: '#8c1d18',
  dangerTint: '#fdecea',
  line: '#444444',
} as const;

/** Foreground on background, as the page uses them: each must reach 7:1. */
export const contrastPairs: readonly [foreground: string, background: string, where: string][] = [
  [palette.ink, palette.paper, 'body text'],
  [palette.muted, palette.paper, 'organizers and time'],
  [palette.ink, palette.greenTint, 'the consent notice'],
  [palette.paper, palette.green, 'the main button and the success panel'],
  [palette.paper, palette.waiting, 'the button before the consent is ticked'],
  [palette.green, palette.paper, 'the language link'],
  [palette.danger, palette.dangerTint, 'what to correct'],
];

const p = palette;

/**
 * Inline in every page (no second request on a slow network). Big type and targets (≥ 56 px); the
 * checkbox-driven states are plain CSS so they work with JavaScript off: `#child:checked ~ …`
 * shows the guardian's tick instead of the phone, and the button stays grey and says what to tick
 * until `#consent` is ticked. Sibling selectors only — WeChat's engine (Chrome 86) has no :has().
 */
const css = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:19px/1.6 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:${p.ink};background:${p.paper}}
main{max-width:34rem;margin:0 auto;padding:8px 16px 40px}
.top{display:flex;justify-content:space-between;align-items:center;color:${p.muted};font-size:16px}
.top a{padding:8px 14px;border:2px solid ${p.green};border-radius:8px;color:${p.green};font-weight:700;text-decoration:none}
h1{font-size:26px;line-height:1.3;margin:12px 0 4px}
h2{font-size:20px;margin:0 0 4px}
.meta{margin:0;color:${p.muted}}
form{margin:12px 0 0}
form,.for-adult,.for-child{display:flex;flex-wrap:wrap;align-items:flex-start}
form>*,.for-adult>*,.for-child>*{flex:1 0 100%}
.field{font-weight:700;margin:14px 0 4px}
.text{font:inherit;font-size:22px;width:100%;min-height:56px;padding:8px 12px;border:2px solid ${p.line};border-radius:8px;color:${p.ink};background:${p.paper}}
.box{flex:0 0 30px;width:30px;height:30px;margin:16px 12px 0 0}
.box+label{flex:1 1 calc(100% - 42px);min-width:0;padding:14px 0;font-weight:700}
.hint{margin:0;color:${p.muted};font-size:17px}
#child:checked~.for-adult,#child:not(:checked)~.for-child{display:none}
.notice{background:${p.greenTint};border-left:6px solid ${p.green};padding:10px 14px;margin:16px 0 4px}
.notice p{margin:0 0 6px;font-weight:700}
.notice dl{margin:0;font-size:17px}
.notice dt{font-weight:700;margin-top:6px}
.notice dd{margin:0}
.go{font:inherit;font-size:24px;font-weight:700;min-height:64px;margin:10px 0;padding:8px;border:0;border-radius:10px;color:${p.paper};background:${p.green}}
#consent:not(:checked)~.go{background:${p.waiting};pointer-events:none}
#consent:checked~.go .wait,#consent:not(:checked)~.go .ready{display:none}
.go .wait{font-size:19px}
.error{flex-basis:100%;margin:6px 0;padding:10px 14px;border-left:6px solid ${p.danger};background:${p.dangerTint};color:${p.danger};font-weight:700}
.forget{font:inherit;font-size:17px;min-height:48px;margin:4px 0 0;padding:8px 0;border:0;background:none;color:${p.green};text-decoration:underline;text-align:left}
.done{margin:20px 0;padding:20px 16px;border-radius:12px;background:${p.green};color:${p.paper};text-align:center}
.done .tick{font-size:48px;line-height:1}
.done .who{font-size:40px;font-weight:700;line-height:1.25;margin:8px 0;overflow-wrap:anywhere}
.done .what{font-size:24px;font-weight:700;margin:0}
.done .when{font-size:30px;font-weight:700;margin:8px 0 0}
.state{margin:20px 0;padding:14px 16px;border-left:6px solid ${p.green};background:${p.greenTint};font-size:21px;font-weight:700}
.more{margin:24px 0 0;font-size:18px}
.more a{color:${p.green};font-weight:700}
[hidden]{display:none!important}
`;

/** The style sheet as sent: one rule per line in the source, joined without the line breaks. */
export const publicPageCss = css.replace(/\n/g, '');
