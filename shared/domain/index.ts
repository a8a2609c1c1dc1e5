/** The domain vocabularies: code lists, labels, help text and the rules that go with them. */
export * from './parseResult';
export * from './calendar';
export * from './grading';
export * from './markings';
export * from './sourceTypes';
export * from './exploitation';
export * from './indicators';
export * from './siteTypes';
export * from './districts';
export * from './mopi';
export * from './dataSubjects';
export * from './nrm';
export * from './entityTypes';
export * from './linkTypes';
export * from './linkStrengths';
export * from './countries';
export * from './languages';
