/** Typed senders of the message protocol: the reply type follows from the message type. */
import { browser } from './browser';
import type { ContentReply, Reply, ToBackground, ToContent } from './messages';

/** Sends a message to the background; the promise rejects with the handler's error text. */
export function send<T extends ToBackground>(message: T): Promise<Reply[T['type']]> {
  return browser.runtime.sendMessage(message) as Promise<Reply[T['type']]>;
}

/** Sends a message to the content script of a tab's top frame. */
export function sendToTab<T extends ToContent>(tabId: number, message: T): Promise<ContentReply[T['type']]> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<ContentReply[T['type']]>;
}
