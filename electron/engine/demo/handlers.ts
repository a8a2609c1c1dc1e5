/** The demo domain's share of the contract: `demo.load` starts the load job. */
import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { records } from '../records/recordContext';
import { demoLoadJob, refuseIfNotEmpty } from './loadJob';

export function demoHandlers(context: EngineContext): HandlerTable {
  return {
    'demo.load': ({ reports, seed }) => {
      // Refused at once (not as a failed job) so the analyst sees why straight away; the job checks again.
      refuseIfNotEmpty(records(context).session);
      return context.jobs.start(demoLoadJob(context), { reports, seed });
    },
  };
}
