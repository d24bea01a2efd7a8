import type { Framework } from '../model/framework';

export const defaultFrameworkId = 'district-default';

/**
 * The built-in district framework (../shared/DESIGN.md "Default credential framework"). It is not stored in
 * the database; imported frameworks are. Its names are shown translated (see framework-labels.ts).
 */
export const defaultFramework: Framework = {
  schema: 'showwork.framework/1',
  id: defaultFrameworkId,
  name: 'District AI credentials (default)',
  version: '1.0.0',
  credentials: [
    {
      id: 'ai-foundations',
      name: 'AI Foundations for Educators',
      description: 'Understands what generative AI can and cannot do, and uses it with professional judgement.',
      competencyIds: ['ai-literacy', 'responsible-use', 'reflection-adaptation'],
    },
    {
      id: 'ai-planning-differentiation',
      name: 'AI for Planning and Differentiation',
      description: 'Uses AI to plan lessons and adapt materials for the learners in front of them.',
      competencyIds: ['instructional-application', 'ai-literacy', 'responsible-use', 'reflection-adaptation'],
    },
    {
      id: 'ai-feedback-assessment-reflection',
      name: 'AI for Feedback, Assessment, and Reflection',
      description: 'Uses AI to draft feedback, assessments and rubrics, keeping judgement about students human.',
      competencyIds: ['instructional-application', 'responsible-use', 'reflection-adaptation', 'ai-literacy'],
    },
    {
      id: 'responsible-classroom-ai',
      name: 'Responsible Classroom AI Implementation',
      description: 'Brings AI into the classroom safely: privacy, bias, disclosure and student impact.',
      competencyIds: ['responsible-use', 'instructional-application', 'reflection-adaptation', 'ai-literacy'],
    },
  ],
  competencies: [
    { id: 'ai-literacy', name: 'AI literacy', description: 'How AI tools work, their limits and their errors.' },
    {
      id: 'instructional-application',
      name: 'Instructional application',
      description: 'Using AI output to serve a learning goal.',
    },
    {
      id: 'responsible-use',
      name: 'Responsible use',
      description: 'Privacy, accuracy, bias and transparency with students and families.',
    },
    {
      id: 'reflection-adaptation',
      name: 'Reflection and adaptation',
      description: 'Judging what worked and changing practice accordingly.',
    },
  ],
  levels: [
    {
      id: 'beginner',
      name: 'Beginner',
      description: 'An artifact made with AI and a reflection on it.',
      requiresImplementationNotes: false,
      requiresStudentImpact: false,
    },
    {
      id: 'developing',
      name: 'Developing',
      description: 'Artifact and reflection, plus notes on using it in class and evidence of its impact on students.',
      requiresImplementationNotes: true,
      requiresStudentImpact: true,
    },
    {
      id: 'proficient',
      name: 'Proficient',
      description:
        'Artifact and reflection, plus classroom implementation and student-impact evidence showing sustained, adapted practice.',
      requiresImplementationNotes: true,
      requiresStudentImpact: true,
    },
  ],
};
