// Jest stand-in for @web/core/utils/hooks: services come from the OWL env, as in Odoo.
import { useEnv } from '@odoo/owl';

export function useService(name: string): unknown {
  const service = (useEnv() as { services: Record<string, unknown> }).services[name];
  if (!service) throw new Error(`service ${name} is not in the test env`);
  return service;
}
