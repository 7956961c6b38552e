// Which requests are file uploads (held to a pace, not to REQUEST_TIMEOUT_MS): the applicant's PUT
// of a file, and nothing that merely looks like it (the staff's transcript POST records a state as JSON).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUpload } from '../src/http/request-deadline.js';

const id = '8a1d2c9e-1f0b-4c6e-9a57-3d2f8b7c6e51';

describe('isUpload', () => {
  it("names the applicant's file PUT, its continuation (PATCH), and a coordinator's file POST", () => {
    assert.equal(isUpload('PUT', `/api/uploads/${id}/documents/${id}`), true);
    assert.equal(isUpload('PUT', `/api/uploads/${id}/documents/${id}?x=1`), true);
    assert.equal(isUpload('PATCH', `/api/uploads/${id}/documents/${id}`), true);
    assert.equal(isUpload('POST', `/admin/api/records/${id}/documents?kind=other`), true);
  });

  it('leaves every other request to the whole-request limit', () => {
    assert.equal(isUpload('POST', '/api/uploads'), false);
    assert.equal(isUpload('DELETE', `/api/uploads/${id}/documents/${id}`), false);
    assert.equal(isUpload('GET', `/api/uploads/${id}/documents/${id}`), false);
    assert.equal(isUpload('GET', `/admin/api/records/${id}/documents`), false);
    assert.equal(isUpload('POST', `/admin/api/records/${id}/documents/${id}`), false);
    assert.equal(isUpload('POST', `/api/uploads/${id}/documents/${id}`), false);
    assert.equal(isUpload('PUT', `/api/uploads/${id}/documents/${id}/more`), false);
    assert.equal(isUpload('PUT', `/x/api/uploads/${id}/documents/${id}`), false);
    assert.equal(isUpload('POST', '/api/applications'), false);
    assert.equal(isUpload('POST', `/admin/api/records/${id}/notes`), false);
    assert.equal(isUpload('POST', `/admin/api/records/${id}/transcripts/0`), false);
    assert.equal(isUpload(undefined, undefined), false);
  });
});
