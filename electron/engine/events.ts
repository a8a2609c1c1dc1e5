import type { AnyEvent, EventName, EventPayload } from '@shared/contract';

export type EventListener = (event: AnyEvent) => void;

/** The engine's outgoing events (progress, locked, data changed), fanned out to listeners. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const event = { name, payload } as AnyEvent;
    for (const listener of this.listeners) listener(event);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
