/**
 * The whole window as a drop target: whether files are being dragged over it (entering and
 * leaving child elements counted, so the overlay does not flicker), and what was dropped —
 * files and folders, taken while the drop event lasts — handed to `onDrop`. Never reads the
 * files itself.
 */
import { useRef, useState, type DragEvent } from 'react';
import { droppedItems, type DroppedItems } from '../features/import-sources';

export interface DropZone {
  dragging: boolean;
  handlers: {
    onDragEnter(e: DragEvent<HTMLElement>): void;
    onDragOver(e: DragEvent<HTMLElement>): void;
    onDragLeave(): void;
    onDrop(e: DragEvent<HTMLElement>): void;
  };
}

export function useDropZone(onDrop: (items: DroppedItems) => void): DropZone {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  return {
    dragging,
    handlers: {
      onDragEnter(e) {
        e.preventDefault();
        depth.current += 1;
        setDragging(true);
      },
      onDragOver(e) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave() {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop(e) {
        e.preventDefault();
        depth.current = 0;
        setDragging(false);
        const items = droppedItems(e.dataTransfer);
        if (items.entries.length > 0 || items.files.length > 0) onDrop(items);
      },
    },
  };
}
