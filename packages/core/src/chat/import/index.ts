/** Chat-export import (issue 19, "Import"): one pure, incremental parser per format, one record shape. */
export * from './clock';
export * from './detect';
export { mentionsInText } from './emitter';
export * from './generic-csv';
export * from './record';
export * from './source-key';
export * from './telegram';
export * from './wechat-csv';
export * from './wechat-txt';
export * from './wecom';
export * from './whatsapp';
