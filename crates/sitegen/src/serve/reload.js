// Live reload for `sitegen serve` (`make serve`); never part of dist/. The server adds this
// script to every page it serves, naming the build the page came from (`data-build`) and its
// events. Each event is the server's state: its latest good build and the problems of the
// last attempt. A newer build reloads the page; problems show in an overlay (a `role="alert"`
// listing each `file:line: sentence`) over the last good build, which stays served.
// A file, not inline script, because the pages' Content-Security-Policy allows only
// same-origin script files (and EventSource only to the same origin).
'use strict';
(() => {
  const me = document.currentScript;
  const build = me.dataset.build;
  const ID = 'runbook-serve-problems';

  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = me.dataset.overlayCss;
  document.head.append(stylesheet);

  function show(problems) {
    const old = document.getElementById(ID);
    if (problems.length === 0) {
      old?.remove();
      return;
    }
    // A complementary landmark, so it is found by landmark, holding the alert that is read
    // out as it appears.
    const box = document.createElement('aside');
    box.id = ID;
    box.className = 'serve-problems';
    box.setAttribute('aria-labelledby', `${ID}-title`);
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    const title = document.createElement('h2');
    title.id = `${ID}-title`;
    title.className = 'serve-problems__title';
    title.textContent = problems.length === 1
      ? 'The last save has a problem'
      : `The last save has ${problems.length} problems`;
    const list = document.createElement('ul');
    list.className = 'serve-problems__list';
    for (const problem of problems) {
      const item = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = problem;
      item.append(code);
      list.append(item);
    }
    alert.append(title, list);
    const note = document.createElement('p');
    note.textContent = 'This page is the last build that worked. Fix the file and save: '
      + 'this message goes, and the page reloads.';
    const hide = document.createElement('button');
    hide.type = 'button';
    hide.className = 'serve-problems__hide';
    hide.textContent = 'Hide this message';
    hide.addEventListener('click', () => box.remove());
    box.append(alert, note, hide);
    if (old) old.replaceWith(box);
    else document.body.prepend(box);
  }

  const events = new EventSource(me.dataset.events);
  events.addEventListener('message', (event) => {
    const state = JSON.parse(event.data);
    if (state.build !== build) {
      events.close();
      window.location.reload();
      return;
    }
    show(state.problems);
  });
})();
