package kr.axcampus.notice;

/**
 * The embedded default's mail: nothing leaves the machine. The rendered mail stays on its notice's
 * row (CAPTURED), where the operators read it on "보낸 알림", so the demo shows what would be sent.
 */
class LocalOutbox implements MailTransport {
    @Override
    public MailState delivered() {
        return MailState.CAPTURED;
    }

    @Override
    public void send(OutgoingMail mail) {
        // The queue keeps the rendered mail on the notice; capturing it is all there is to do.
    }
}
