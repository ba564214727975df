/*
 * Layout probe for the kiosk's touch and text-size rules (docs/ACCESSIBILITY.md). Runs in the page
 * (WebDriver executeScript) and returns plain data; the Java side decides and reports.
 *
 *   targets:   every visible interactive element with its rectangle
 *   overflow:  elements that scroll or clip sideways (scrollWidth > clientWidth)
 *   texts:     overlapping text line boxes, and text that spills out of its control
 *
 * Rectangles are compared within one scroll container as laid out (so content below the
 * fold is still checked against its neighbours), and across containers only where both
 * are actually on screen (clipped to every scrolling/clipping ancestor and the viewport).
 */
const TARGETS = 'a[href], button, [role=button], input, select, [tabindex]:not([tabindex="-1"])';
const minSize = arguments[0];
const minGap = arguments[1];
// Sizes and gaps are the guide's minimums: strict, up to float noise. Text boxes and
// overflow get 1 px for sub-pixel rounding of glyph boxes.
const epsilon = 0.01;
const tolerance = 1;

function parentOf(node) {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root && root.host ? root.host : null;
}

function contains(outer, inner) {
  for (let n = inner; n; n = parentOf(n)) {
    if (n === outer) return true;
  }
  return false;
}

function allElements(root, out) {
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) allElements(el.shadowRoot, out);
  }
  return out;
}

function clips(el) {
  const cs = getComputedStyle(el);
  return cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
}

/** The nearest ancestor that scrolls or clips, or null for the page itself. */
function scrollerOf(el) {
  for (let n = parentOf(el); n && n !== document.documentElement; n = parentOf(n)) {
    if (n.nodeType === 1 && n !== document.body && clips(n)) return n;
  }
  return null;
}

function plain(r) {
  return {left: Math.round(r.left * 10) / 10, top: Math.round(r.top * 10) / 10,
          width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10,
          right: Math.round(r.right * 10) / 10, bottom: Math.round(r.bottom * 10) / 10};
}

function intersect(a, b) {
  const left = Math.max(a.left, b.left), top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right), bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? {left, top, right, bottom, width: right - left, height: bottom - top} : null;
}

/** The part of a rectangle actually on screen: inside every clipping ancestor and the viewport. */
function onScreen(el, rect) {
  let r = intersect(rect, {left: 0, top: 0, right: innerWidth, bottom: innerHeight});
  for (let n = parentOf(el); n && r && n !== document.documentElement; n = parentOf(n)) {
    if (n.nodeType === 1 && n !== document.body && clips(n)) r = intersect(r, n.getBoundingClientRect());
  }
  return r;
}

function describe(el) {
  const text = (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
  return {
    tag: el.tagName.toLowerCase(),
    classes: typeof el.className === 'string' ? el.className : '',
    text: text.length > 60 ? text.slice(0, 57) + '...' : text,
    label: el.getAttribute('aria-label') || '',
    href: el.getAttribute('href') || ''
  };
}

function shown(el) {
  return el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
}

/** Distance between two rectangles along x and along y (0 when they overlap on that axis). */
function gaps(a, b) {
  return {x: Math.max(0, Math.max(a.left, b.left) - Math.min(a.right, b.right)),
          y: Math.max(0, Math.max(a.top, b.top) - Math.min(a.bottom, b.bottom))};
}

const elements = allElements(document, []);

// ---- touch targets
const targets = elements.filter(el => el.matches(TARGETS) && shown(el))
  .map(el => ({el, rect: el.getBoundingClientRect(), scroller: scrollerOf(el)}))
  .filter(t => t.rect.width > 0 && t.rect.height > 0);
targets.forEach(t => t.visible = onScreen(t.el, t.rect));

const small = targets
  .filter(t => t.rect.width + epsilon < minSize || t.rect.height + epsilon < minSize)
  .map(t => Object.assign(describe(t.el), {rect: plain(t.rect)}));

const crowded = [];
for (let i = 0; i < targets.length; i++) {
  for (let j = i + 1; j < targets.length; j++) {
    const a = targets[i], b = targets[j];
    if (contains(a.el, b.el) || contains(b.el, a.el)) continue;
    let ra = a.rect, rb = b.rect;
    if (a.scroller !== b.scroller) {
      ra = a.visible; rb = b.visible;
      if (!ra || !rb) continue;
    }
    const g = gaps(ra, rb);
    if (g.x + epsilon < minGap && g.y + epsilon < minGap) {
      const cut = (t, r) => r.width + 0.5 < t.rect.width || r.height + 0.5 < t.rect.height;
      crowded.push({a: Object.assign(describe(a.el), {rect: plain(ra), cut: cut(a, ra)}),
                    b: Object.assign(describe(b.el), {rect: plain(rb), cut: cut(b, rb)}),
                    gapX: Math.round(g.x * 10) / 10, gapY: Math.round(g.y * 10) / 10});
    }
  }
}

// ---- sideways overflow: anything that scrolls or clips horizontally
/** The elements where the sideways overflow starts: outside the box, their parent inside it. */
function culprits(container) {
  const r = container.getBoundingClientRect();
  const left = container === document.documentElement ? 0 : r.left + container.clientLeft;
  const right = container === document.documentElement ? innerWidth : left + container.clientWidth;
  const outside = el => {
    const b = el.getBoundingClientRect();
    return b.width > 0 && (b.right > right + tolerance || b.left < left - tolerance);
  };
  const found = [];
  for (const el of allElements(container, [])) {
    if (found.length >= 5) break;
    const parent = parentOf(el);
    if (shown(el) && outside(el) && (parent === container || !outside(parent))) {
      found.push(Object.assign(describe(el), {rect: plain(el.getBoundingClientRect())}));
    }
  }
  return found;
}

const overflow = elements.concat([document.documentElement])
  .filter(el => el.nodeType === 1 && shown(el) && el.scrollWidth > el.clientWidth && el.clientWidth > 0
                && getComputedStyle(el).overflowX !== 'visible')
  .map(el => Object.assign(describe(el), {scrollWidth: el.scrollWidth, clientWidth: el.clientWidth,
                                          overflowX: getComputedStyle(el).overflowX, culprits: culprits(el)}));
const page = {scrollWidth: document.scrollingElement.scrollWidth, innerWidth: innerWidth, innerHeight: innerHeight,
              culprits: document.scrollingElement.scrollWidth > innerWidth ? culprits(document.documentElement) : []};

// ---- text boxes: one box per line of each text node
const lines = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  if (!node.textContent.trim() || !node.parentElement || !shown(node.parentElement)) continue;
  const range = document.createRange();
  range.selectNodeContents(node);
  const el = node.parentElement;
  const scroller = scrollerOf(el);
  const control = el.closest(TARGETS);
  for (const r of range.getClientRects()) {
    if (r.width < 1 || r.height < 1) continue;
    lines.push({node, el, rect: r, scroller, visible: onScreen(el, r), control});
  }
}
const overlaps = [];
for (let i = 0; i < lines.length && overlaps.length < 50; i++) {
  for (let j = i + 1; j < lines.length && overlaps.length < 50; j++) {
    const a = lines[i], b = lines[j];
    if (a.node === b.node) continue;
    let ra = a.rect, rb = b.rect;
    if (a.scroller !== b.scroller) {
      ra = a.visible; rb = b.visible;
      if (!ra || !rb) continue;
    }
    const both = intersect(ra, rb);
    if (both && both.width > 2 && both.height > 2) {
      overlaps.push({a: Object.assign(describe(a.el), {text: a.node.textContent.trim().slice(0, 60), rect: plain(ra)}),
                     b: Object.assign(describe(b.el), {text: b.node.textContent.trim().slice(0, 60), rect: plain(rb)})});
    }
  }
}
const spills = [];
for (const line of lines) {
  if (!line.control) continue;
  const box = line.control.getBoundingClientRect();
  const r = line.rect;
  if (r.left < box.left - tolerance || r.right > box.right + tolerance
      || r.top < box.top - tolerance || r.bottom > box.bottom + tolerance) {
    spills.push({control: Object.assign(describe(line.control), {rect: plain(box)}), element: describe(line.el),
                 text: line.node.textContent.trim().slice(0, 60), rect: plain(r)});
  }
}

return {
  targets: targets.map(t => Object.assign(describe(t.el), {rect: plain(t.rect)})),
  small, crowded, overflow, page, overlaps, spills, lineCount: lines.length
};
