import { Router } from '../http/router';
import { registerAdminControl } from './admin-routes';
import type { ControlHandler } from './context';
import { registerTruthControl } from './truth-routes';
import { registerWorldControl } from './world-routes';

export function controlRouter(): Router<ControlHandler> {
  const router = new Router<ControlHandler>();
  registerAdminControl(router);
  registerWorldControl(router);
  registerTruthControl(router);
  return router;
}
