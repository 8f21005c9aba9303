package claimwatch.api.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One claim of an article, as the extractor found it. */
@Entity
@Table(name = "claim")
public class ClaimEntity {

    @Id
    public String id;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "sentence_index")
    public int sentenceIndex;
    @Column(name = "span_start")
    public int spanStart;
    @Column(name = "span_end")
    public int spanEnd;
    public String text;
}
