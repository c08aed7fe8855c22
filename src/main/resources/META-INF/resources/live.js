// The instructor's projector screen: the live code and QR, refreshed as they rotate, and the head count.
(function () {
  var id = document.getElementById('live').dataset.session;
  var countEl = document.getElementById('live-count');
  function refresh() {
    fetch('/api/sessions/' + id + '/check-in-code', {credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (c) {
        document.getElementById('live-code').textContent = c.code;
        document.getElementById('live-qr').src = '/api/sessions/' + id + '/check-in-code.svg?at=' + encodeURIComponent(c.validUntil);
        var wait = Math.max(1000, new Date(c.validUntil).getTime() - Date.now() + 300);
        setTimeout(refresh, Math.min(wait, 30000));
      })
      .catch(function () { setTimeout(refresh, 5000); });
  }
  function count() {
    fetch('/api/sessions/' + id + '/attendance', {credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (list) {
        var present = list.filter(function (x) { return x.checkInAt; }).length;
        countEl.textContent = countEl.dataset.template.replace(/0([^0-9]+)0/, present + '$1' + list.length);
        countEl.dataset.present = present;
      })
      .finally(function () { setTimeout(count, 3000); });
  }
  // Outside the check-in window there is no code to show: the page says why instead.
  if (document.getElementById('live').dataset.open === 'true') {
    refresh();
  }
  count();
})();
