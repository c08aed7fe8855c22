// Forms that talk: the first field in error is scrolled into view and focused; a form marked
// data-confirm asks before it sends; a required file input says so instead of doing nothing.
(function () {
  'use strict';

  function focusFirstError() {
    var field = document.querySelector('[aria-invalid="true"]');
    if (!field) {
      var alert = document.querySelector('.error[role="alert"]');
      if (alert) {
        alert.setAttribute('tabindex', '-1');
        field = alert;
      }
    }
    if (field) {
      var details = field.closest('details');
      if (details) {
        details.open = true;
      }
      field.scrollIntoView({ block: 'center' });
      field.focus({ preventScroll: true });
    }
  }

  function sayFileRequired(form, input) {
    var id = input.id + '-error';
    var note = document.getElementById(id);
    if (!note) {
      note = document.createElement('p');
      note.id = id;
      note.className = 'field-error';
      note.setAttribute('role', 'alert');
      input.insertAdjacentElement('afterend', note);
    }
    note.textContent = input.dataset.requiredMessage || input.validationMessage;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    input.focus();
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var files = form.querySelectorAll('input[type=file][required]');
    for (var i = 0; i < files.length; i++) {
      if (!files[i].files || files[i].files.length === 0) {
        event.preventDefault();
        sayFileRequired(form, files[i]);
        return;
      }
    }
    // A button may ask on its own (checking out early), else the form asks (a destructive action).
    var question = (event.submitter && event.submitter.dataset.confirm) || form.dataset.confirm;
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusFirstError);
  } else {
    focusFirstError();
  }
})();

// The phone menu: one button folds the links away on narrow screens.
(function () {
  'use strict';
  function setUp() {
    var toggle = document.querySelector('.menu-toggle');
    var nav = document.getElementById('main-nav');
    if (!toggle || !nav) {
      return;
    }
    toggle.hidden = false;
    nav.classList.add('collapsible');
    toggle.addEventListener('click', function () {
      var open = nav.classList.toggle('open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
})();

// The roll opens on its focus session: the wide grid scrolls sideways to bring that column into view.
(function () {
  'use strict';
  function center() {
    var grid = document.querySelector('.grid-scroll');
    var column = grid && grid.querySelector('th.focus');
    if (column) {
      grid.scrollLeft = Math.max(0, column.offsetLeft - grid.clientWidth / 2 + column.offsetWidth / 2);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', center);
  } else {
    center();
  }
})();
