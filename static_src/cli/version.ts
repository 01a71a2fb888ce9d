export { PGCAP_VERSION as VERSION } from '../core/version';
