export { WebhookDispatcher, backoffMs, type DispatcherDeps, type WebhookOutcome } from './dispatcher';
export { WEBHOOK_EVENTS, thinPayload, isWebhookEventType, type WebhookEventType, type WebhookPayload } from './events';
export { verifyWebhook, signWebhook, type WebhookVerdict } from './signature';
export {
  WebhookError,
  webhookSealer,
  addWebhookSubscription,
  listWebhookSubscriptions,
  setWebhookStatus,
  listWebhookDeliveries,
  checkUrl,
} from './subscriptions';
