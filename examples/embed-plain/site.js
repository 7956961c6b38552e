// The host page's own script: a language switch that sets the element's `locale`.
const app = document.querySelector('endorsement-application');
const toggle = document.querySelector('#language');
toggle.addEventListener('click', () => {
  const spanish = app.getAttribute('locale') !== 'es';
  app.setAttribute('locale', spanish ? 'es' : 'en');
  document.documentElement.lang = spanish ? 'es' : 'en';
  toggle.textContent = spanish ? 'English' : 'Español';
});
document.addEventListener('endorsement-submitted', (event) => console.log('Submitted:', event.receipt.id));
