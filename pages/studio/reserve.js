// The space a page keeps for the widget before its script runs, so nothing below it jumps when
// the widget arrives (Cumulative Layout Shift). The height of the widget's first screen depends
// on how wide it is, so the rule has one line per width at which the height changes. It is a
// min-height that stays: where the real widget is shorter (another font), a little space is
// left below it, and nothing moves. Used by the studio and by scripts/reserve.mjs.

/**
 * Widths to measure, in CSS pixels: from a 320 px phone's column to past the widget's own
 * max-width (styles/widget.css), where its height stops changing.
 */
export const WIDTHS = Array.from({ length: (720 - 256) / 4 + 1 }, (_, index) => 256 + index * 4);

/**
 * Measures the widget's height in `host` at each of `widths`, as [width, height] pairs where
 * the height changes, rounded up: its content's, whatever space the page keeps. It sets the
 * host's width for the time it measures.
 */
export function measure(host, widths = WIDTHS) {
  const before = host.style.width;
  const content = host.shadowRoot.querySelector(".mte-root");
  const found = [];
  for (const width of widths) {
    host.style.width = `${width}px`;
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (!found.length || found[found.length - 1][1] !== height) found.push([width, height]);
  }
  host.style.width = before;
  return found;
}

/**
 * The CSS rule for `selector` from measured `heights`: on a screen `width` wide, the widget is
 * `width - 2 * margin` wide, up to its max-width; from `sidebar.from` px on, it is
 * `sidebar.width` wide.
 * Steps less than `merge` px apart are merged, keeping the taller.
 */
export function reserveRule(selector, heights, { margin = 16, sidebar, merge = 24 } = {}) {
  const at = (width) => {
    let height = heights[0][1];
    for (const [from, measured] of heights) if (from <= width) height = measured;
    return height;
  };
  const steps = [];
  for (const [width, height] of heights) {
    const last = steps[steps.length - 1];
    if (last && last.height - height < merge) continue;
    steps.push({ screen: width + 2 * margin, height });
  }
  const lines = [`${selector} {\n  display: block;\n  min-height: ${steps[0].height}px;\n}`];
  for (const { screen, height } of steps.slice(1)) {
    if (sidebar && screen >= sidebar.from) break;
    lines.push(`@media (min-width: ${screen}px) {\n  ${selector} {\n    min-height: ${height}px;\n  }\n}`);
  }
  if (sidebar) {
    lines.push(`@media (min-width: ${sidebar.from}px) {\n  ${selector} {\n    min-height: ${at(sidebar.width)}px;\n  }\n}`);
  }
  return lines.join("\n");
}
