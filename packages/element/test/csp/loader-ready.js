// Records what EndorsementKit.ready resolves to, as a host's classic script would use it.
window.EndorsementKit.ready.then(({ EndorsementApplication }) => {
  window.readyResult = EndorsementApplication === customElements.get('endorsement-application') ? 'defined' : 'other';
});
