// Just enough DOM to run the dashboard's inline script under node:vm when no browser is
// installed: elements with children, classes, attributes, textContent and listeners;
// fetch resolved against the page's origin; timers that the test can stop. It checks the
// script's logic (polling, cards, timeline, key browser), not its CSS.
import vm from 'node:vm';

export class FakeElement {
  readonly children: FakeElement[] = [];
  readonly attributes: Record<string, string> = {};
  readonly listeners: Record<string, ((event: unknown) => void)[]> = {};
  className = '';
  hidden = false;
  title = '';
  value = '';
  private text = '';

  constructor(readonly tagName: string, readonly id = '') {}

  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }

  set textContent(value: string) {
    this.text = value;
    this.children.length = 0;
  }

  appendChild(child: FakeElement): FakeElement {
    this.children.push(child);
    return child;
  }

  setAttribute(name: string, value: string): void {
    this.attributes[name] = String(value);
  }

  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }

  addEventListener(type: string, listener: (event: unknown) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }

  dispatch(type: string): void {
    for (const listener of this.listeners[type] ?? []) listener({ preventDefault: () => undefined, type });
  }

  querySelector(tag: string): FakeElement | null {
    return this.findAll((e) => e.tagName === tag)[0] ?? null;
  }

  findAll(predicate: (e: FakeElement) => boolean): FakeElement[] {
    const found: FakeElement[] = [];
    const stack: FakeElement[] = [...this.children].reverse();
    while (stack.length > 0) {
      const e = stack.pop()!;
      if (predicate(e)) found.push(e);
      stack.push(...[...e.children].reverse());
    }
    return found;
  }
}

export interface FakePage {
  byId(id: string): FakeElement;
  /** Stops the page's timers. */
  close(): void;
}

/** Runs `script` as if loaded from `origin` (e.g. http://127.0.0.1:7100/?members=...). */
export function runPage(script: string, origin: string): FakePage {
  const elements = new Map<string, FakeElement>();
  const byId = (id: string): FakeElement => {
    let e = elements.get(id);
    if (e === undefined) {
      e = new FakeElement(id === 'spark' ? 'svg' : 'div', id);
      if (id === 'spark') {
        e.appendChild(new FakeElement('polygon'));
        e.appendChild(new FakeElement('polyline'));
      }
      elements.set(id, e);
    }
    return e;
  };
  const url = new URL(origin);
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  const context = vm.createContext({
    document: { getElementById: byId, createElement: (tag: string) => new FakeElement(tag) },
    location: { protocol: url.protocol, host: url.host, hostname: url.hostname, port: url.port, search: url.search },
    fetch: (url: string, init?: RequestInit) => (closed ? new Promise(() => undefined) : fetch(new URL(url, origin), init)),
    AbortController,
    setTimeout: (fn: () => void, ms: number) => {
      const t = setTimeout(() => { timers.delete(t); if (!closed) fn(); }, ms);
      timers.add(t);
      return t;
    },
    clearTimeout: (t: NodeJS.Timeout) => { clearTimeout(t); timers.delete(t); },
    setInterval: (fn: () => void, ms: number) => {
      const t = setInterval(() => { if (!closed) fn(); }, ms);
      timers.add(t);
      return t;
    },
    URLSearchParams, Promise, JSON, Math, Date, Object, Array, String, Number, Error, isFinite, encodeURIComponent,
  });
  (context as Record<string, unknown>).window = context;
  new vm.Script(script).runInContext(context);
  return {
    byId,
    close: () => {
      closed = true;
      for (const t of timers) { clearTimeout(t); clearInterval(t); }
      timers.clear();
    },
  };
}
