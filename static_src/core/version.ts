// pgcap's own version, for what the exports say made them (esbuild keeps only this field of package.json).
import { version } from '../../package.json';

export const PGCAP_VERSION: string = version;
