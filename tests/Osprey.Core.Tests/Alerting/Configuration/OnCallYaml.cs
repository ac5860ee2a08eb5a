namespace Osprey.Core.Tests.Alerting.Configuration;

/// <summary>A complete on-call file used by the configuration tests (the same shape as docs/oncall.md shows).</summary>
internal static class OnCallYaml
{
    public const string Full = """
        users:
          - name: alice
            email: alice@example.com
            slack: "@alice"
          - name: bob
            email: bob@example.com
          - name: carol
            webhook: http://127.0.0.1:9/carol
        teams:
          - name: ml
            members: [alice, bob]
        schedules:
          - name: primary
            time_zone: Europe/Berlin
            layers:
              - name: weekly
                rotation: weekly
                start: 2026-03-02T09:00
                users: [alice, bob]
              - name: business-hours
                rotation: custom
                length: 12h
                start: 2026-03-02T09:00
                users: [carol]
                restrictions:
                  - days: weekdays
                    from: "09:00"
                    to: "17:00"
            overrides:
              - user: carol
                from: 2026-03-10T09:00
                to: 2026-03-11T09:00
        escalation_policies:
          - name: ml-pager
            steps:
              - wait: 0s
                notify:
                  - schedule: primary
              - wait: 15m
                notify:
                  - team: ml
                  - channel: ops-hook
            repeat:
              times: 2
              delay: 30m
        routes:
          - name: churn-model
            match:
              tags: [churn]
              labels: { model: churn }
              priority: P1-P3
            team: ml
            escalation_policy: ml-pager
        default_route:
          team: ml
        channels:
          - name: ops-hook
            type: webhook
            url: http://127.0.0.1:9/hook
            secret: s3cret
          - name: ops-mail
            type: email
            smtp_host: 127.0.0.1
            smtp_port: 2525
            from: osprey@example.com
          - name: ops-slack
            type: slack
            url: http://127.0.0.1:9/slack
        quiet_hours:
          - name: nights
            priorities: P3-P5
            channels: [email]
            from: "22:00"
            to: "08:00"
            time_zone: Europe/Berlin
        """;
}
