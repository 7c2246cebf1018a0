package com.fieldops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fieldops.workorder.model.Priority;
import com.fieldops.sla.EscalationAction.NotifyTarget;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlaPolicyValidationTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static SlaPolicy goodPolicy() {
    return SlaPolicy.of(UUID.fromString("01900000-0000-7000-8000-000000000001"), "Gold",
            Map.of(Priority.P1, SlaTargets.of(60L, 240L, 480L),
                Priority.P3, SlaTargets.of(240L, null, 2400L)),
            BusinessCalendar.weekdays("Europe/Berlin", "08:00-12:00", "13:00-17:00"))
        .withEscalationRules(
            EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.warning(0.75),
                EscalationAction.notify(NotifyTarget.DISPATCHER)),
            EscalationRule.of(Milestone.ONSITE, EscalationTrigger.breach(),
                EscalationAction.notify(NotifyTarget.SUPERVISOR), EscalationAction.raisePriority()),
            EscalationRule.of(Milestone.RESOLUTION, EscalationTrigger.breachPlus(30),
                EscalationAction.flagForReassignment()));
  }

  @Test
  void aGoodPolicyHasNoViolations() {
    assertThat(SlaValidation.validate(goodPolicy(), EN)).isEmpty();
  }

  @Test
  void aTwentyFourSevenCalendarNeedsNoWeeklyHours() {
    assertThat(SlaValidation.validate(
        goodPolicy().withCalendar(BusinessCalendar.twentyFourSeven("Asia/Shanghai")), EN)).isEmpty();
  }

  @Nested
  class Calendar {
    @Test
    void overlappingOpeningHoursAreRejectedOnThatDay() {
      SlaPolicy p = goodPolicy().withCalendar(BusinessCalendar.weekdays("Europe/Berlin", "08:00-12:00")
          .withHours(DayOfWeek.TUESDAY, "08:00-12:30", "12:00-17:00"));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field, SlaViolation::message)
          .containsExactly(tuple("calendar.weeklyHours[TUESDAY]",
              "opening hours 08:00-12:30 and 12:00-17:00 overlap"));
      assertThat(SlaValidation.validate(p, ZH)).extracting(SlaViolation::message)
          .containsExactly("营业时间 08:00-12:30 与 12:00-17:00 重叠");
    }

    @Test
    void touchingIntervalsDoNotOverlap() {
      SlaPolicy p = goodPolicy().withCalendar(BusinessCalendar.weekdays("Europe/Berlin",
          "08:00-12:00", "12:00-17:00", "17:00-24:00"));
      assertThat(SlaValidation.validate(p, EN)).isEmpty();
    }

    @Test
    void emptyOpeningHoursAreRejected() {
      SlaPolicy p = goodPolicy().withCalendar(BusinessCalendar.weekdays("Europe/Berlin", "08:00-12:00")
          .withHours(DayOfWeek.FRIDAY, "14:00-14:00"));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field, SlaViolation::message)
          .containsExactly(tuple("calendar.weeklyHours[FRIDAY]",
              "opening hours 14:00-14:00 are empty: they end at or before they start"));
      assertThat(SlaValidation.validate(p, ZH)).extracting(SlaViolation::message)
          .containsExactly("营业时间 14:00-14:00 为空：结束时间不晚于开始时间");
    }

    @Test
    void hoursThatEndBeforeTheyStartAreRejected() {
      SlaPolicy p = goodPolicy().withCalendar(BusinessCalendar.weekdays("Europe/Berlin", "18:00-08:00"));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field).containsOnly(
          "calendar.weeklyHours[MONDAY]", "calendar.weeklyHours[TUESDAY]",
          "calendar.weeklyHours[WEDNESDAY]", "calendar.weeklyHours[THURSDAY]",
          "calendar.weeklyHours[FRIDAY]");
    }

    @Test
    void aCalendarWithNoOpeningHoursAtAllIsRejected() {
      SlaPolicy p = goodPolicy().withCalendar(BusinessCalendar.weekly("Europe/Berlin", Map.of(), null));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field, SlaViolation::message)
          .containsExactly(tuple("calendar.weeklyHours",
              "the calendar has no opening hours at all: give weekly hours or mark it open 24x7"));
      assertThat(SlaValidation.validate(p, ZH)).extracting(SlaViolation::message)
          .containsExactly("日历完全没有营业时间：请设置每周营业时间或标记为 7×24 小时");
    }

    @Test
    void anUnknownZoneIsRejected() {
      SlaPolicy p = goodPolicy().withCalendar(BusinessCalendar.weekdays("Europe/Gotham", "08:00-17:00"));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field, SlaViolation::message)
          .containsExactly(tuple("calendar.zone",
              "unknown time zone \"Europe/Gotham\": use an IANA id such as Europe/Berlin"));
      assertThat(SlaValidation.validate(p, ZH)).extracting(SlaViolation::message)
          .containsExactly("未知时区“Europe/Gotham”：请使用 IANA 标识，例如 Asia/Shanghai");
    }

    @Test
    void aFixedOffsetIsNotAnIanaZone() {
      SlaPolicy p = goodPolicy().withCalendar(BusinessCalendar.weekdays("+02:00", "08:00-17:00"));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field)
          .containsExactly("calendar.zone");
    }

    @Test
    void aMissingZoneIsRejected() {
      SlaPolicy p = goodPolicy().withCalendar(BusinessCalendar.weekdays(" ", "08:00-17:00"));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field, SlaViolation::message)
          .containsExactly(tuple("calendar.zone",
              "a calendar needs a time zone (an IANA id such as Europe/Berlin)"));
    }
  }

  @Nested
  class Targets {
    @Test
    void negativeTargetsAreRejectedNamingPriorityAndMilestone() {
      SlaPolicy p = withTargets(Map.of(Priority.P2, SlaTargets.of(-5L, 0L, 100L)));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field, SlaViolation::message)
          .containsExactly(
              tuple("targets[P2].onsiteMinutes", "a target must be a positive number of minutes"),
              tuple("targets[P2].responseMinutes", "a target must be a positive number of minutes"));
      assertThat(SlaValidation.validate(p, ZH)).extracting(SlaViolation::message)
          .containsOnly("目标必须是正数分钟");
    }

    @Test
    void targetsLongerThanAYearAreRejected() {
      SlaPolicy p = withTargets(Map.of(Priority.P4, SlaTargets.of(null, null, 600_000L)));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field, SlaViolation::message)
          .containsExactly(tuple("targets[P4].resolutionMinutes",
              "a target may be at most 527040 minutes (one year)"));
    }

    private SlaPolicy withTargets(Map<Priority, SlaTargets> targets) {
      SlaPolicy g = goodPolicy();
      return new SlaPolicy(g.id(), g.name(), targets, g.calendar(), null, null, null);
    }
  }

  @Nested
  class Thresholds {
    @Test
    void thresholdsOutsideZeroToOneAreRejectedWithTheirIndex() {
      SlaPolicy p = goodPolicy().withWarningThresholds(0.5, 1.0, 0.0, -0.2, 1.5, 0.999);
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field).containsOnly(
          "warningThresholds[1]", "warningThresholds[2]",
          "warningThresholds[3]", "warningThresholds[4]");
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::message).containsOnly(
          "a warning threshold must be a fraction between 0 and 1, exclusive (for example 0.75)");
      assertThat(SlaValidation.validate(p, ZH)).extracting(SlaViolation::message)
          .containsOnly("预警阈值必须是 0 到 1 之间（不含 0 和 1）的小数，例如 0.75");
    }

    @Test
    void missingThresholdsDefaultToThreeQuarters() {
      assertThat(goodPolicy().warningThresholds()).containsExactly(0.75);
    }

    @Test
    void aWarningRuleOutsideZeroToOneIsRejected() {
      SlaPolicy p = goodPolicy().withEscalationRules(EscalationRule.of(Milestone.RESPONSE,
          EscalationTrigger.warning(1.2), EscalationAction.notify(NotifyTarget.ASSIGNEE)));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field)
          .containsExactly("escalationRules[0].trigger.threshold");
    }
  }

  @Nested
  class Rules {
    @Test
    void aRuleOnAMilestoneWithNoTargetIsRejected() {
      SlaPolicy g = goodPolicy();
      SlaPolicy p = new SlaPolicy(g.id(), g.name(), Map.of(Priority.P1, SlaTargets.of(60L, null, 480L)),
          g.calendar(), null, null, g.escalationRules());
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field, SlaViolation::message)
          .containsExactly(tuple("escalationRules[1].milestone",
              "the policy has no on-site target for any priority, so this rule could never fire"));
      assertThat(SlaValidation.validate(p, ZH)).extracting(SlaViolation::message)
          .containsExactly("该策略没有为任何优先级设置到场目标，此规则永远不会触发");
    }

    @Test
    void aRuleWithoutMilestoneIsRejected() {
      SlaPolicy p = goodPolicy().withEscalationRules(new EscalationRule(null,
          EscalationTrigger.breach(), List.of(EscalationAction.raisePriority())));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field, SlaViolation::message)
          .containsExactly(tuple("escalationRules[0].milestone", "an escalation rule needs a milestone"));
    }

    @Test
    void twoRulesWithTheSameMilestoneAndTriggerAreRejected() {
      SlaPolicy p = goodPolicy().withEscalationRules(
          EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.breach(), EscalationAction.raisePriority()),
          EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.breach(),
              EscalationAction.notify(NotifyTarget.SUPERVISOR)));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field)
          .containsExactly("escalationRules[1].trigger");
    }

    @Test
    void aNotifyActionNeedsATarget() {
      SlaPolicy p = goodPolicy().withEscalationRules(EscalationRule.of(Milestone.RESPONSE,
          EscalationTrigger.breach(), new EscalationAction(EscalationAction.Type.NOTIFY, null)));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field, SlaViolation::message)
          .containsExactly(tuple("escalationRules[0].actions[0].target",
              "a notify action needs a target: ASSIGNEE, DISPATCHER, SUPERVISOR or CUSTOMER_CONTACT"));
    }

    @Test
    void aRuleNeedsActions() {
      SlaPolicy p = goodPolicy().withEscalationRules(
          new EscalationRule(Milestone.RESPONSE, EscalationTrigger.breach(), new ArrayList<>()));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field)
          .containsExactly("escalationRules[0].actions");
    }

    @Test
    void breachPlusNeedsPositiveMinutes() {
      SlaPolicy p = goodPolicy().withEscalationRules(EscalationRule.of(Milestone.RESOLUTION,
          EscalationTrigger.breachPlus(-10), EscalationAction.raisePriority()));
      assertThat(SlaValidation.validate(p, EN)).extracting(SlaViolation::field)
          .containsExactly("escalationRules[0].trigger.minutes");
    }
  }

  @Test
  void everyEnglishMessageHasAChineseTranslation() {
    var en = SlaValidation.bundle(Locale.ROOT);
    var zh = SlaValidation.bundle(ZH);
    assertThat(en.keySet()).hasSizeGreaterThan(20);
    for (String key : en.keySet()) {
      assertThat(zh.getString(key)).as(key).isNotEqualTo(en.getString(key));
    }
    assertThat(java.util.Collections.list(zh.getKeys())).containsExactlyInAnyOrderElementsOf(en.keySet());
  }
}
