'use client';

export { ProgressUnavailable as default } from '@/app/_components/errors/ProgressUnavailable';
