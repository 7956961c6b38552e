import type { ChannelMessage } from '../drafts/channel-message.js';

/** The channel a client tells other tabs (and other clients of its own page) about its drafts on. */
export interface TabChannel {
  /** Throws what `postMessage` throws (a value that cannot be cloned). */
  post(message: ChannelMessage): void;
  close(): void;
}

type Handle = BroadcastChannel & { ref?(): void; unref?(): void };

interface Peer {
  expect(): void;
}

// The clients of this realm, by channel name. In Node an open channel keeps the process alive, so
// each stays unref'd except while a message from a client of the same process is on its way to
// it: a script that never calls `dispose()` still ends, and two clients in one process still hear
// each other. Browsers have no ref/unref; there this only counts.
const realm = new Map<string, Set<Peer>>();

/** Opens the channel `name`, or returns `undefined` where there is no BroadcastChannel. */
export function openTabChannel(name: string, receive: (message: ChannelMessage) => void): TabChannel | undefined {
  if (typeof BroadcastChannel !== 'function') return undefined;
  const channel = new BroadcastChannel(name) as Handle;
  channel.unref?.();
  let expected = 0;
  const peer: Peer = {
    expect: () => {
      if (expected++ === 0) channel.ref?.();
    },
  };
  const peers = realm.get(name) ?? new Set<Peer>();
  realm.set(name, peers);
  peers.add(peer);
  channel.onmessage = (event: MessageEvent<ChannelMessage>) => {
    if (expected > 0 && --expected === 0) channel.unref?.();
    receive(event.data);
  };
  return {
    post(message) {
      channel.postMessage(message);
      for (const other of peers) if (other !== peer) other.expect();
    },
    close() {
      peers.delete(peer);
      if (peers.size === 0) realm.delete(name);
      channel.close();
    },
  };
}
