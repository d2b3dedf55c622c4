// Events: typed builders produce { type, attributes }; the manager buffers them per checkpoint.

export interface EventAttribute {
  key: string;
  value: string;
  index: boolean;
}

export interface Event {
  type: string;
  attributes: EventAttribute[];
}

export type EventAttr = [string, string | bigint | number | boolean];

/** Builds an event from ordered [key, value] pairs; every attribute is indexed (CometBFT kv indexer). */
export function makeEvent(type: string, attrs: EventAttr[]): Event {
  return {
    type,
    attributes: attrs.map(([key, value]) => ({ key, value: String(value), index: true })),
  };
}

export class EventManager {
  private events: Event[] = [];

  /**
   * `enabled: false` records nothing (replay: events enter no hash it checks); emitters test
   * `enabled` first so that they do not build events that would be dropped.
   */
  constructor(readonly enabled = true) {}

  emit(e: Event): void {
    if (this.enabled) this.events.push(e);
  }

  all(): Event[] {
    return this.events;
  }

  /** A mark to roll back to; events emitted after it are dropped by `revertTo`. */
  mark(): number {
    return this.events.length;
  }

  revertTo(mark: number): void {
    this.events.length = mark;
  }
}

/**
 * How modules emit: `type` (`module.snake_action`, from the module's EVENT_TYPES) with ordered
 * attributes, built only when the manager records (a replay's does not).
 */
export function emitEvent(ctx: { readonly events: EventManager }, type: string, attrs: EventAttr[]): void {
  if (ctx.events.enabled) ctx.events.emit(makeEvent(type, attrs));
}
