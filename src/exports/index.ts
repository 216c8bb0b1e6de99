export { exportHandler, MAX_EXPORT_ROWS, type ExportDeps } from './handler';
export { LEDGERS, FORMATS, ledgerNamed, type LedgerDef, type Format } from './ledgers';
