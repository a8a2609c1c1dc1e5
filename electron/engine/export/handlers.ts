import path from 'node:path';
import { FenlightError } from '@shared/contract';
import type { ExportSaved } from '@shared/contract/calls/export';
import type { ExportFrame } from '@shared/export/frame';
import { frameSvg, unsafeSvgReason } from '@shared/export/svgFrame';
import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { records } from '../records/recordContext';
import { handlingConditionsFor } from './conditions';
import { effectiveMarking } from './marking';
import { writePdf } from './pdf/writePdf';
import { publishLogged, withExtension } from './publish';
import { exportFonts } from './resources';

/** The most entity ids one DISCLOSE entry lists; the count is always recorded. */
export const MAX_DISCLOSED_TARGETS = 5_000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

const DEFAULT_PAGE = { paper: 'A4', orientation: 'landscape', fit: 'page' } as const;

/** Chart and map exports (issue 6 §6, issue 5): marked, framed, logged as disclosures before publishing. */
export function exportHandlers(context: EngineContext): HandlerTable {
  return {
    'export.save': async (input) => {
      const rc = records(context);
      const vault = rc.session.info;
      const required = handlingConditionsFor(rc.session.db, input.entityIds);
      const given = new Set(input.frame.handlingConditions.map((text) => text.trim()));
      const missing = required.filter((text) => !given.has(text));
      // A PNG arrives framed, so it must already carry them; SVG and PDF are framed here, with them.
      if (input.format === 'png' && missing.length > 0) {
        throw new FenlightError('INVALID_INPUT', 'The picture does not carry the handling conditions of the C-graded reports behind what it shows. Export it again.');
      }
      const frame: ExportFrame = { ...input.frame, ...effectiveMarking(input.frame, vault), handlingConditions: [...input.frame.handlingConditions, ...missing] };
      const target = withExtension(input.destination, input.format);
      const page = input.page ?? DEFAULT_PAGE;
      if (input.content.kind === 'png' && !isPng(input.content.bytes)) {
        throw new FenlightError('INVALID_INPUT', 'The picture to export is not a PNG image.');
      }
      if (input.content.kind === 'svg') {
        const reason = unsafeSvgReason(input.content.svg);
        if (reason) throw new FenlightError('INVALID_INPUT', reason);
      }

      let bytes: Uint8Array;
      let pages = 1;
      if (input.format === 'png' && input.content.kind === 'png') {
        // The renderer has drawn the frame already: written exactly as received.
        bytes = input.content.bytes;
      } else if (input.format === 'svg' && input.content.kind === 'svg') {
        bytes = new TextEncoder().encode(frameSvg(input.content, frame).svg);
      } else {
        const pdf = await writePdf({ content: input.content, frame, page, fonts: exportFonts(context.options) });
        bytes = pdf.bytes;
        pages = pdf.pages;
      }

      const targets = [...new Set(input.entityIds)];
      publishLogged(target, bytes, () =>
        rc.session.transaction(() =>
          rc.session.audit.append({
            action: 'DISCLOSE',
            operation: 'export.save',
            targets: targets.slice(0, MAX_DISCLOSED_TARGETS).map((id) => ({ type: 'entity', id })),
            reason: input.reason,
            recipients: input.recipients,
            details: {
              facts: {
                subject: input.subject.kind,
                name: input.subject.name,
                format: input.format.toUpperCase(),
                ...(input.format === 'pdf' ? { paper: `${page.paper} ${page.orientation}`, fit: page.fit, pages } : {}),
                file: path.basename(target),
                marking: frame.marking,
                entities: targets.length,
              },
            },
          }),
        ),
      );
      const saved: ExportSaved = { path: target, format: input.format, pages, bytes: bytes.byteLength };
      return saved;
    },
    'export.conditions': ({ entityIds }) => ({ conditions: handlingConditionsFor(records(context).session.db, entityIds) }),
  };
}
