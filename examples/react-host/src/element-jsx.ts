// Lets TSX render <endorsement-application>: React 18 passes JSX props to a custom element as
// attributes, so only the element's attributes belong here; objects go through a ref.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { EndorsementApplication } from '@endorsement-kit/element';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace; augmenting it needs one.
  namespace JSX {
    interface IntrinsicElements {
      'endorsement-application': DetailedHTMLProps<HTMLAttributes<EndorsementApplication>, EndorsementApplication> & {
        program?: string;
        endpoint?: string;
        locale?: string;
        'draft-id'?: string;
      };
    }
  }
}
