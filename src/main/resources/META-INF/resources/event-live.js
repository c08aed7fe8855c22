// The operator's projector screen of a sharing event: the live code and QR, refreshed as they rotate, and the head count.
(function () {
  var id = document.getElementById('live').dataset.event;
  var countEl = document.getElementById('live-count');
  function refresh() {
    fetch('/api/events/' + id + '/check-in-code', {credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (c) {
        document.getElementById('live-code').textContent = c.code;
        document.getElementById('live-qr').src = '/api/events/' + id + '/check-in-code.svg?at=' + encodeURIComponent(c.validUntil);
        var wait = Math.max(1000, new Date(c.validUntil).getTime() - Date.now() + 300);
        setTimeout(refresh, Math.min(wait, 30000));
      })
      .catch(function () { setTimeout(refresh, 5000); });
  }
  function count() {
    fetch('/api/events/' + id, {credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (e) {
        countEl.textContent = countEl.dataset.template.replace(/0([^0-9]+)0/, e.checkedIn + '$1' + e.registered);
      })
      .finally(function () { setTimeout(count, 3000); });
  }
  // Outside the check-in window there is no code to show: the page says why instead.
  if (document.getElementById('live').dataset.open === 'true') {
    refresh();
  }
  count();
})();
