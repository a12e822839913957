import type { LogRecord } from '../LogRecord.js';
import { OCEL_EVENT_TYPES, OCEL_OBJECT_TYPES } from './ocelTypes.js';
import { type OcelObject, ocelObjectsOf, toOcelEvent } from './toOcelEvent.js';

/**
 * Writes claim-log records as one OCEL 2.0 JSON document, in pieces (docs/claim-log.md, OCEL
 * 2.0): `start()`, then `add(record)` for each record (an event a line, `e1`, `e2`… in the
 * log's order), then `end()` with the objects, each once, in the order first named. Only the
 * objects are held; the events are handed on as they come.
 */
export class OcelWriter {
  private events = 0;
  private readonly objects = new Map<string, OcelObject>();

  start(): string {
    return `{"objectTypes":${JSON.stringify(OCEL_OBJECT_TYPES)},\n"eventTypes":${JSON.stringify(OCEL_EVENT_TYPES)},\n"events":[`;
  }

  add(record: LogRecord): string {
    for (const o of ocelObjectsOf(record)) if (!this.objects.has(`${o.type}\u0000${o.id}`)) this.objects.set(`${o.type}\u0000${o.id}`, o);
    const event = toOcelEvent(record, `e${++this.events}`);
    return `${this.events === 1 ? '' : ','}\n${JSON.stringify(event)}`;
  }

  end(): string {
    const objects = [...this.objects.values()].map((o) => JSON.stringify(o)).join(',\n');
    return `\n],\n"objects":[${objects === '' ? '' : `\n${objects}\n`}]}\n`;
  }
}
