/** Question 4: the topics the daily tip follows. */
import { TopicChoices } from '@/components/topic-choices';
import { t } from '@/utils/i18n';
import type { WelcomeModel } from './model/welcome-model';

export function TopicsStep({ model }: { model: WelcomeModel }) {
  return (
    <TopicChoices
      id="welcome-topics"
      legend={t('welcomeTopicsTitle')}
      hint={t('topicsHint')}
      chosen={model.choices.value.topics}
      onChange={(topics) =>
        model.update((draft) => {
          draft.topics = topics;
        })
      }
    />
  );
}
