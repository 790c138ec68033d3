package app.footnote.chat.discord.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where a round was posted on Discord, so the reveal can close that message's buttons. */
@Entity
@Table(name = "discord_round_post")
public class RoundPost extends PanacheEntityBase {

    @Id
    @Column(name = "round_id")
    public Long roundId;
    @Column(name = "channel_id")
    public String channelId;
    @Column(name = "message_id")
    public String messageId;
}
