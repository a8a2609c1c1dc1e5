import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { records } from '../records/recordContext';
import { SearchService } from './searchService';

export function searchHandlers(context: EngineContext): HandlerTable {
  return {
    'search.query': ({ q, limit, scope }) => {
      const rc = records(context);
      return new SearchService(rc.session.db, rc.stores.entities).search(q, limit, scope);
    },
  };
}
