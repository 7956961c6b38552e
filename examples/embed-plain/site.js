// The host page's own script (bundled by serve.mjs and start.mjs): it gives the element its
// program, and its language switch sets the element's `locale`. index.html lists it before the
// element's script, so the program is on the tag before the element is defined and the element
// starts with it (the element takes a property set before its definition).
import { program } from './program.js';

const app = document.querySelector('endorsement-application');
app.program = program;

const toggle = document.querySelector('#language');
toggle.addEventListener('click', () => {
  const spanish = app.getAttribute('locale') !== 'es';
  app.setAttribute('locale', spanish ? 'es' : 'en');
  document.documentElement.lang = spanish ? 'es' : 'en';
  toggle.textContent = spanish ? 'English' : 'Español';
});
document.addEventListener('endorsement-submitted', (event) => console.log('Submitted:', event.receipt.id));
