export * from './contact-details';
export * from './error-messages';
export * from './permissions';
export * from './rules';
export * from './schemas';
export * from './share-page';
