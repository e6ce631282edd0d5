// node-outlook 1.1.8 (its version-2 interface: outlook.mail / .calendar / .contacts) against the mock.
//
// Pointed at the mock the way its README tells users to pick the v2.0 endpoint:
// outlook.base.setApiEndpoint(<root>/api/v2.0); the token is the mock's, passed per call as `token`.
// Calls pass `user: {email, timezone}` as the library's samples do, so paths are /Users/<email>/...
// with X-Anchor-Mailbox and `Prefer: outlook.timezone`. Results are printed like the Python drivers'
// (one JSON line per step, see harness.py for the classification).
'use strict';

const outlook = require('node-outlook');

const BASE_URL = (process.env.INTEROP_BASE_URL || 'http://127.0.0.1:18600').replace(/\/$/, '');
const API = BASE_URL + '/api/v2.0';
const TOKEN = process.env.INTEROP_TOKEN;
const TOKEN_2 = process.env.INTEROP_TOKEN_2;
const ADMIN = 'admin@contoso.com';
const ALEX = 'alex@contoso.com';
const CLIENT = 'node-outlook 1.1.8';
const ZONE = 'Pacific Standard Time';
const user = { email: ADMIN, timezone: ZONE };

outlook.base.setApiEndpoint(API);

class Blocked extends Error {}
const clientBug = (reason, shows) => ({ kind: 'client-bug', reason, shows });
const notServed = (surface) => ({ kind: 'not-served-yet', reason: surface });

function need(value, what) {
  if (value === undefined || value === null) throw new Blocked('needs ' + what);
  return value;
}
function check(condition, message) {
  if (!condition) throw new Error(message);
}
function equal(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}
function unique(prefix) {
  return `${prefix} ${Math.random().toString(16).slice(2, 10)}`;
}

// The library's callback style, awaited: resolves with the result, rejects with its error text.
// `api` is a module of the library (outlook.mail, ...) and `method` one of its functions, called as a method.
function call(api, method, parameters) {
  return new Promise((resolve, reject) => {
    api[method](Object.assign({ token: TOKEN, user }, parameters), (error, result) => {
      if (error) reject(new Error(String(error).slice(0, 300)));
      else resolve(result);
    });
  });
}

async function step(name, fn, expect) {
  const started = Date.now();
  let result, detail = '', value = null;
  try {
    value = await fn();
    result = 'ok';
    if (expect && expect.kind === 'client-bug') detail = 'expected client bug did not show: ' + expect.reason;
  } catch (error) {
    const text = `${error.name}: ${error.message}`.replace(/\n/g, ' ').slice(0, 300);
    if (error instanceof Blocked) [result, detail] = ['blocked', error.message];
    else if (expect && expect.kind === 'client-bug' && text.includes(expect.shows)) {
      [result, detail] = ['client-bug', `${expect.reason} [${text}]`];
    } else if (expect && expect.kind === 'not-served-yet') [result, detail] = [expect.kind, `${expect.reason} [${text}]`];
    else [result, detail] = ['mock-fault', text];
  }
  console.log(JSON.stringify({ client: CLIENT, call: name, result, detail, ms: Date.now() - started }));
  return value === undefined ? true : value;
}

// Our own read-back, by the documented /me paths with percent-encoded ids.
async function readBack(path, { token = TOKEN, status = 200, prefer } = {}) {
  const headers = { Authorization: 'Bearer ' + token };
  if (prefer) headers.Prefer = prefer;
  const response = await fetch(API + path, { headers });
  if (response.status !== status) {
    throw new Error(`read-back GET ${path} -> ${response.status} ${(await response.text()).slice(0, 200)}`);
  }
  return status === 200 ? response.json() : null;
}
const enc = encodeURIComponent;
async function findBySubject(collection, subject, token = TOKEN) {
  const filter = enc(`Subject eq '${subject.replace(/'/g, "''")}'`);
  return (await readBack(`/${collection}?$filter=${filter}`, { token })).value;
}

async function main() {
  await step('users: get the user (getUser)', async () => {
    const me = await call(outlook.base, 'getUser', {});
    equal(me.EmailAddress, ADMIN, 'EmailAddress');
  });

  // --- mail ---
  const draft = await step('messages: create draft in Drafts', async () => {
    const subject = unique('node draft');
    const created = await call(outlook.mail, 'createMessage', {
      folderId: 'Drafts',
      message: { Subject: subject, Body: { ContentType: 'Text', Content: 'from node' }, ToRecipients: [{ EmailAddress: { Address: ALEX } }] },
    });
    const raw = await readBack('/me/messages/' + enc(created.Id));
    equal(raw.Subject, subject, 'read-back Subject');
    equal(raw.IsDraft, true, 'read-back IsDraft');
    return created;
  });

  await step('messages: list Drafts ($filter, $select)', async () => {
    const subject = need(draft, 'a draft').Subject;
    const listed = await call(outlook.mail, 'getMessages', {
      folderId: 'Drafts',
      odataParams: { $filter: `Subject eq '${subject}'`, $select: 'Subject,ReceivedDateTime,From' },
    });
    equal(listed.value.map((m) => m.Id), [draft.Id], 'listed ids');
  });

  await step('messages: get by id', async () => {
    const got = await call(outlook.mail, 'getMessage', { messageId: need(draft, 'a draft').Id });
    equal(got.Subject, draft.Subject, 'Subject');
  });

  await step('messages: update', async () => {
    const subject = unique('node draft updated');
    await call(outlook.mail, 'updateMessage', { messageId: need(draft, 'a draft').Id, update: { Subject: subject, Importance: 'High' } });
    const raw = await readBack('/me/messages/' + enc(draft.Id));
    equal([raw.Subject, raw.Importance], [subject, 'High'], 'read-back Subject, Importance');
    draft.Subject = subject;  // what the later steps look for
  });

  await step('messages: list attachments', async () => {
    const listed = await call(outlook.mail, 'getMessageAttachments', { messageId: need(draft, 'a draft').Id });
    equal(listed.value, [], 'attachments of a draft without any');
  });

  // The sent message is a new item in Sent Items (the draft's id is gone, as on the real service): the later
  // steps reply to it and delete it.
  const sent = await step('messages: send the draft', async () => {
    await call(outlook.mail, 'sendDraftMessage', { messageId: need(draft, 'a draft').Id });
    const found = await findBySubject('me/mailfolders/SentItems/messages', draft.Subject);
    check(found.length === 1, 'not in Sent Items');
    await readBack('/me/messages/' + enc(draft.Id), { status: 404 });
    check((await findBySubject('me/mailfolders/Inbox/messages', draft.Subject, TOKEN_2)).length === 1, "not in alex's Inbox");
    return found[0];
  }, notServed('send of a draft'));
  const mine = sent && sent !== true ? sent : draft;  // the message the next steps work on

  await step('messages: sendmail', async () => {
    const subject = unique('node sendmail');
    await call(outlook.mail, 'sendNewMessage', {
      message: { Subject: subject, Body: { ContentType: 'Text', Content: 'hi' }, ToRecipients: [{ EmailAddress: { Address: ALEX } }] },
      saveToSentItems: true,
    });
    check((await findBySubject('me/mailfolders/Inbox/messages', subject, TOKEN_2)).length === 1, "not in alex's Inbox");
  }, notServed('sendmail'));

  await step('messages: reply', async () => {
    await call(outlook.mail, 'replyToMessage', { messageId: need(mine, 'a message').Id, comment: 'ok' });
    check((await findBySubject('me/mailfolders/SentItems/messages', 'RE: ' + mine.Subject)).length === 1, 'no reply in Sent Items');
  }, notServed('reply'));

  await step('messages: reply all', async () => {
    await call(outlook.mail, 'replyToAllMessage', { messageId: need(mine, 'a message').Id, comment: 'ok' });
  }, clientBug(
    "mail-api.js replyToAllMessage is declared function(params, callback) but reads `parameters`, so it throws "
    + 'ReferenceError before any request',
    'ReferenceError'));

  await step('messages: sync Inbox (Prefer: odata.track-changes)', async () => {
    const first = await call(outlook.mail, 'syncMessages', { folderId: 'Inbox', pageSize: 5 });
    check(first['@odata.deltaLink'] || first['@odata.nextLink'], 'no @odata.deltaLink / nextLink in a sync response');
  });

  await step('messages: delete', async () => {
    await call(outlook.mail, 'deleteMessage', { messageId: need(mine, 'a message').Id });
    await readBack('/me/messages/' + enc(mine.Id), { status: 404 });
  });

  // --- calendar ---
  const event = await step('events: create with an attendee, times in a time zone', async () => {
    const subject = unique('node meeting');
    const created = await call(outlook.calendar, 'createEvent', {
      event: {
        Subject: subject,
        Body: { ContentType: 'HTML', Content: 'agenda' },
        Start: { DateTime: '2027-06-07T08:00:00', TimeZone: ZONE },
        End: { DateTime: '2027-06-07T09:00:00', TimeZone: ZONE },
        Attendees: [{ EmailAddress: { Address: ALEX, Name: 'Alex' }, Type: 'Required' }],
      },
    });
    equal(created.Start.DateTime.slice(0, 19), '2027-06-07T08:00:00', 'Start in the Prefer zone');
    const raw = await readBack('/me/events/' + enc(created.Id));
    equal(raw.Start.DateTime.slice(0, 19), '2027-06-07T15:00:00', 'read-back Start in UTC');
    equal(raw.Attendees.map((a) => a.EmailAddress.Address), [ALEX], 'read-back Attendees');
    check((await findBySubject('me/events', subject, TOKEN_2)).length === 1, 'the attendee has no copy');
    return created;
  });

  await step('events: list ($filter)', async () => {
    const subject = need(event, 'an event').Subject;
    const listed = await call(outlook.calendar, 'getEvents', { odataParams: { $filter: `Subject eq '${subject}'`, $top: 10 } });
    equal(listed.value.map((e) => e.Id), [event.Id], 'listed ids');
  });

  await step('events: get by id', async () => {
    const got = await call(outlook.calendar, 'getEvent', { eventId: need(event, 'an event').Id });
    equal(got.End.DateTime.slice(0, 19), '2027-06-07T09:00:00', 'End in the Prefer zone');
    equal(got.End.TimeZone, ZONE, 'End zone');
  });

  await step('events: update', async () => {
    const subject = unique('node meeting moved');
    await call(outlook.calendar, 'updateEvent', {
      eventId: need(event, 'an event').Id,
      update: { Subject: subject, End: { DateTime: '2027-06-07T09:30:00', TimeZone: ZONE } },
    });
    const raw = await readBack('/me/events/' + enc(event.Id));
    equal([raw.Subject, raw.End.DateTime.slice(0, 19)], [subject, '2027-06-07T16:30:00'], 'read-back Subject, End');
  });

  await step('events: sync a calendar view', async () => {
    const first = await call(outlook.calendar, 'syncEvents', {
      startDateTime: '2027-06-01T00:00:00Z', endDateTime: '2027-06-30T00:00:00Z',
    });
    check(first['@odata.deltaLink'] || first['@odata.nextLink'], 'no @odata.deltaLink / nextLink in a sync response');
    check((first.value || []).some((e) => e.Id === need(event, 'an event').Id), "the window's event is not in its sync");
  });

  await step('events: delete', async () => {
    await call(outlook.calendar, 'deleteEvent', { eventId: need(event, 'an event').Id });
    await readBack('/me/events/' + enc(event.Id), { status: 404 });
  });

  // --- contacts ---
  const contact = await step('contacts: create', async () => {
    const surname = unique('node');
    const created = await call(outlook.contacts, 'createContact', {
      contact: { GivenName: 'Ada', Surname: surname, EmailAddresses: [{ Address: 'ada@example.com', Name: 'Ada' }] },
    });
    equal((await readBack('/me/contacts/' + enc(created.Id))).Surname, surname, 'read-back Surname');
    return created;
  });

  await step('contacts: list ($filter)', async () => {
    const surname = need(contact, 'a contact').Surname;
    const listed = await call(outlook.contacts, 'getContacts', { odataParams: { $filter: `Surname eq '${surname}'` } });
    equal(listed.value.map((c) => c.Id), [contact.Id], 'listed ids');
  });

  await step('contacts: get by id', async () => {
    equal((await call(outlook.contacts, 'getContact', { contactId: need(contact, 'a contact').Id })).Surname, contact.Surname, 'Surname');
  });

  await step('contacts: update', async () => {
    await call(outlook.contacts, 'updateContact', { contactId: need(contact, 'a contact').Id, update: { CompanyName: 'Northwind' } });
    equal((await readBack('/me/contacts/' + enc(contact.Id))).CompanyName, 'Northwind', 'read-back CompanyName');
  });

  await step('contacts: delete', async () => {
    await call(outlook.contacts, 'deleteContact', { contactId: need(contact, 'a contact').Id });
    await readBack('/me/contacts/' + enc(contact.Id), { status: 404 });
  });

  await oldInterface();
}

// The library's old interface (Microsoft.OutlookServices.Client, generated OData proxies): an entity it
// creates or reads keeps the response's @odata.id as its path, and update()/delete() send PATCH/DELETE there.
async function oldInterface() {
  const services = outlook.Microsoft.OutlookServices;
  const client = new services.Client(API, () => Promise.resolve(TOKEN));
  const settle = (deferred) => new Promise((resolve, reject) => deferred.then(resolve, (xhr) => {
    reject(new Error(xhr && xhr.status ? `HTTP ${xhr.status} ${String(xhr.responseText).slice(0, 200)}` : String(xhr)));
  }));

  const message = await step('old interface: messages.addMessage', async () => {
    const draft = new services.Message();
    draft.subject = unique('node old-interface draft');
    const created = await settle(client.me.messages.addMessage(draft));
    equal((await readBack('/me/messages/' + enc(created.id))).Subject, draft.subject, 'read-back Subject');
    return created;
  });

  await step("old interface: messages.getMessage(id).fetch() (Messages('id'))", async () => {
    const got = await settle(client.me.messages.getMessage(need(message, 'a message').id).fetch());
    equal(got.subject, message.subject, 'Subject');
  });

  await step('old interface: message.update() (PATCH its @odata.id)', async () => {
    need(message, 'a message').subject = unique('node old-interface updated');
    await settle(message.update());
    equal((await readBack('/me/messages/' + enc(message.id))).Subject, message.subject, 'read-back Subject');
  });

  await step('old interface: message.delete() (DELETE its @odata.id)', async () => {
    await settle(need(message, 'a message').delete());
    await readBack('/me/messages/' + enc(message.id), { status: 404 });
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
