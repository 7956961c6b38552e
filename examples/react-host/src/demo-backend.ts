import { customBackend, type Receipt } from '@endorsement-kit/sdk';

/**
 * The host's own way of receiving registrations and applications, wrapped with `customBackend`:
 * here an in-memory stand-in that hands back receipts (a real host would call its API).
 * @example element.backend = demoBackend();
 */
export function demoBackend() {
  const receipts = new Map<string, Receipt>();
  const receipt = (prefix: string, status: string): Receipt => {
    const value = { id: `${prefix}-${receipts.size + 1}`, receivedAt: new Date().toISOString(), status };
    receipts.set(value.id, value);
    return value;
  };
  return customBackend({
    register: async () => receipt('REG', 'registered'),
    submit: async () => receipt('APP', 'received'),
    status: async (id) => {
      const found = receipts.get(id);
      if (!found) throw new Error(`No application ${id}`);
      return { ...found, status: 'under_review' };
    },
  });
}
