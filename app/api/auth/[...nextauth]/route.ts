import { handlers } from '@/lib/auth/config';
import { limitSignIns } from '@/lib/auth/sign-in-limit';

// GitHub returns to the callback with a GET; a POST callback is for providers Waymark lacks.
export const GET = limitSignIns(handlers.GET);
export const POST = limitSignIns(handlers.POST);
