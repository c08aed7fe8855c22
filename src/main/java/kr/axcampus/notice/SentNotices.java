package kr.axcampus.notice;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.common.Caller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.notice.dto.SentNotice;

/**
 * "보낸 알림": the centre's mail copies for its operators — sent, kept locally, waiting or failed
 * with the reason — newest first. Two queries a page (the notices, then their recipients' names).
 */
@ApplicationScoped
public class SentNotices {
    private final UserService users;
    private final Access access;

    public SentNotices(UserService users, Access access) {
        this.users = users;
        this.access = access;
    }

    public PageResult<SentNotice> list(Caller caller, MailState state, PageRequest page) {
        if (!access.operates(caller)) {
            throw Access.forbidden("sent notices are for the centre's operators");
        }
        var query = state == null
                ? Notice.<Notice>find(
                        "centerId = ?1 and mailState <> ?2",
                        Sort.by("createdAt").descending().and("id"),
                        caller.centerId(),
                        MailState.NONE)
                : Notice.<Notice>find(
                        "centerId = ?1 and mailState = ?2",
                        Sort.by("createdAt").descending().and("id"),
                        caller.centerId(),
                        state);
        List<Notice> found = query.page(Page.of(page.page(), page.size())).list();
        Map<UUID, UserView> names = users.findAllInCenter(
                caller.centerId(), found.stream().map(n -> n.recipientId).toList());
        List<SentNotice> items = found.stream()
                .map(n -> new SentNotice(
                        n.id.toString(),
                        n.kind,
                        n.recipientId.toString(),
                        names.containsKey(n.recipientId)
                                ? names.get(n.recipientId).name()
                                : null,
                        n.mailTo,
                        n.mailSubject,
                        n.mailBody,
                        n.mailState,
                        n.mailAttempts,
                        n.mailError,
                        n.createdAt,
                        n.mailDoneAt))
                .toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }
}
