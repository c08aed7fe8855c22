// The expert's diagnosis form saves each answer as it is chosen (a tablet on site may lose its
// connection: the Save button still sends everything, and a failed save says so).
(function () {
  var form = document.getElementById('answers-form');
  if (!form || !window.fetch) { return; }
  var state = document.getElementById('save-state');
  var token = form.querySelector('input[name="csrf-token"]');
  function say(key) { state.textContent = state.dataset[key]; }
  function save(body) {
    say('saving');
    fetch(form.dataset.autosave, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-CSRF-TOKEN': token ? token.value : ''},
      body: JSON.stringify(body)
    }).then(function (r) { say(r.ok ? 'saved' : 'failed'); })
      .catch(function () { say('failed'); });
  }
  form.addEventListener('change', function (e) {
    var t = e.target;
    var body = {};
    if (t.type === 'radio' && t.name.indexOf('q.') === 0) {
      body.answers = {};
      body.answers[t.name.substring(2)] = parseInt(t.value, 10);
    } else if (t.name && t.name.indexOf('note.') === 0) {
      body.notes = {};
      body.notes[t.name.substring(5)] = t.value;
    } else if (t.name === 'participants') {
      body.participants = t.value;
    } else {
      return;
    }
    save(body);
  });
})();
