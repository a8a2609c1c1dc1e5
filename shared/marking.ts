/**
 * Government Security Classifications as this workbench uses them: OFFICIAL, with the
 * SENSITIVE handling caveat and optional descriptors. SECRET and above are refused.
 */
export const DEFAULT_MARKING = 'OFFICIAL-SENSITIVE';
