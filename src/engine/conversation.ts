/**
 * @module engine/conversation — a conversation keeps its history and the placeholder table that
 * makes redactions consistent across turns. It lives only in the caller's memory.
 */
import type { Conversation, Turn } from '../types.js';
import { createPlaceholderTable } from './placeholders.js';

/** How many turns a conversation keeps (oldest dropped first) so memory stays bounded. */
export const MAX_HISTORY = 50;

/** A conversation as plain data: what the worker transport sends with each scan of it. */
export interface ConversationState {
  readonly id: string;
  readonly history: readonly Turn[];
  readonly placeholders: ReadonlyArray<{ readonly placeholder: string; readonly kind: string; readonly value: string }>;
}

/** The plain-data state of a conversation (history and placeholder entries). */
export function conversationState(c: Conversation): ConversationState {
  return { id: c.id, history: c.history, placeholders: c.placeholders.entries() };
}

/** Internal handle: the public {@link Conversation} plus the engine's append. */
export interface ConversationHandle extends Conversation {
  append(turn: Turn): void;
}

const handles = new WeakMap<Conversation, ConversationHandle>();

/**
 * A new conversation.
 *
 * @example
 * ```ts
 * const convo = bouncer.conversation();
 * await bouncer.scanInput('mail me at a@b.example', { conversation: convo });
 * ```
 */
export function createConversation(state?: ConversationState): Conversation {
  const history: Turn[] = state === undefined ? [] : state.history.slice(-MAX_HISTORY).map((t) => ({ role: t.role, content: t.content }));
  const handle: ConversationHandle = {
    id: state?.id ?? globalThis.crypto.randomUUID(),
    get history(): readonly Turn[] {
      return history.slice();
    },
    placeholders: createPlaceholderTable(state?.placeholders),
    append(turn: Turn): void {
      history.push({ role: turn.role, content: turn.content });
      if (history.length > MAX_HISTORY) history.splice(0, history.length - MAX_HISTORY);
    },
  };
  const pub: Conversation = Object.freeze({
    id: handle.id,
    get history(): readonly Turn[] {
      return handle.history;
    },
    placeholders: handle.placeholders,
  });
  handles.set(pub, handle);
  return pub;
}

/** The engine's side of a conversation made by {@link createConversation}; undefined for foreign objects. */
export function conversationHandle(c: Conversation): ConversationHandle | undefined {
  return handles.get(c);
}
