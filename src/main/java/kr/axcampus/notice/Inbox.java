package kr.axcampus.notice;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import kr.axcampus.common.Caller;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.notice.dto.NoticeView;
import kr.axcampus.web.UnreadNotices;

/** A person's own notices: newest first, read or not. Nobody reads another's inbox (404). */
@ApplicationScoped
public class Inbox implements UnreadNotices {

    public PageResult<NoticeView> list(Caller caller, boolean unreadOnly, PageRequest page, boolean english) {
        String where = unreadOnly ? "recipientId = ?1 and readAt is null" : "recipientId = ?1";
        var query = Notice.<Notice>find(where, Sort.by("createdAt").descending().and("id"), caller.id())
                .page(Page.of(page.page(), page.size()));
        List<NoticeView> items =
                query.list().stream().map(n -> view(n, english)).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    /** Marks the caller's notice read (again is harmless: the first reading's time stays). */
    @Transactional
    public NoticeView markRead(Caller caller, String id, boolean english) {
        Notice notice = own(caller, id);
        if (notice.readAt == null) {
            notice.readAt = Moment.now();
        }
        return view(notice, english);
    }

    @Override
    public long unread(UUID person) {
        return Notice.count("recipientId = ?1 and readAt is null", person);
    }

    private static Notice own(Caller caller, String id) {
        return Ids.parse(id)
                .map(uuid -> Notice.<Notice>find("id = ?1 and recipientId = ?2", uuid, caller.id())
                        .<Notice>firstResult())
                .orElseThrow(() -> ProblemException.notFound("notice " + id));
    }

    static NoticeView view(Notice notice, boolean english) {
        NoticeText.Text text = NoticeText.of(notice.kind, notice.facts, english);
        return new NoticeView(
                notice.id.toString(),
                notice.kind,
                text.title(),
                text.body(),
                notice.link,
                notice.createdAt,
                notice.readAt);
    }
}
